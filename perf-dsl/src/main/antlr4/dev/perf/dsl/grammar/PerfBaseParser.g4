/*
 * The .perf grammar. Every block shares one statement rule: which statements a department,
 * project, self-evaluation or monitoring block accepts is checked when the model is built, so a
 * misplaced statement gets a precise message instead of a syntax error. No actions, no predicates.
 */
parser grammar PerfBaseParser;

// CompactParser and CompactContext keep the parse tree small: see their Javadoc.
options {
  tokenVocab = PerfBaseLexer;
  superClass = dev.perf.dsl.syntax.CompactParser;
  contextSuperClass = dev.perf.dsl.syntax.CompactContext;
}

document : item* EOF ;

item
  : K_DEPARTMENT code name block                       # departmentItem
  | K_PROJECT code name block                          # projectItem
  | K_SELF_EVALUATION code block                       # selfEvaluationItem
  | K_MONITORING code K_AS_OF date block               # monitoringItem
  ;

block : LBRACE statement* RBRACE ;

statement
  : K_UNIT code name?                                  # unitStatement
  | K_YEAR NUMBER                                      # yearStatement
  | K_MONEY_UNIT WORD                                  # moneyUnitStatement
  | K_OVERALL_GOAL text                                # overallGoalStatement
  | K_SUB_GOALS textList                               # subGoalsStatement
  | K_MEASURES textList                                # measuresStatement
  | K_BUDGET amount fundingSources?                    # budgetStatement
  | K_PURPOSE text                                     # purposeStatement
  | K_PLAN LBRACE planPoint* RBRACE                    # planStatement
  | K_GOALS textList                                   # goalsStatement
  | K_INDICATORS tableOption* LBRACE category* RBRACE  # indicatorsStatement
  | budgetField amount                                 # budgetFieldStatement
  | K_SPENT amount rowOption*                          # spentStatement
  | K_TOTAL NUMBER                                     # totalStatement
  | row                                                # rowStatement
  ;

budgetField : K_INITIAL_BUDGET | K_ANNUAL_BUDGET | K_ADJUSTED_BUDGET ;

textList
  : LBRACE ( text ( COMMA | SEMI )? )* RBRACE
  | text
  ;

fundingSources : LBRACE fundingSource* RBRACE ;
fundingSource  : name amount ( COMMA | SEMI )? ;

planPoint : planDate NUMBER PERCENT? ( COMMA | SEMI )? ;
planDate
  : MONTH_END                                          # monthEndDate
  | MONTH_DAY                                          # monthDayDate
  | WORD                                               # periodEndDate   // 一季度, 上半年, 年底
  ;

tableOption
  : K_BASIS text                                       # tableBasisOption
  | K_FRAMEWORK NUMBER                                 # frameworkOption
  ;

category : name ( K_POINTS NUMBER )? LBRACE ( category | row )* RBRACE ;

// The colon is optional here so that a forgotten one gets a precise message, not a cascade.
row : name COLON? value rowOption* ( COMMA | SEMI )? ;

rowOption
  : K_DESCRIPTION text                                 # descriptionOption
  | K_BASIS text                                       # basisOption
  | K_POINTS NUMBER                                    # pointsOption
  | K_SCORE NUMBER                                     # scoreOption
  | K_REASON text text?                                # reasonOption
  | K_PROJECTED value                                  # projectedOption
  | K_POSSIBILITY WORD                                 # possibilityOption
  ;

// One value grammar for targets and actuals; the builder decides what a value means where it is.
value
  : comparator operand                                 # comparisonValue
  | LBRACK low=signedNumber COMMA high=signedNumber RBRACK unit?   # intervalValue
  | low=quantity ( TILDE | MINUS ) high=quantity       # rangeValue
  | quantity bound                                     # boundedValue
  | quantity                                           # quantityValue
  | date                                               # dateValue
  | WORD quantity? bound?                              # wordValue
  | STRING                                             # stringValue
  ;

// 以上 (≥) and 以下 / 以内 (≤) after a number: 30 场以上, 5 个工作日以内.
bound : K_ABOVE | K_BELOW ;

comparator : GE | LE | GT | LT | EQ | MISTYPED_OPERATOR EQ? ;

operand
  : quantity                                           # quantityOperand
  | date                                               # dateOperand
  | ( WORD | STRING )                                  # textOperand
  ;

quantity     : signedNumber unit? ;
signedNumber : MINUS? NUMBER ;
unit         : PERCENT | PERMILLE | WORD | STRING ;

date : DATE | CN_DATE ;
amount : NUMBER unit? ;
code : STRING | WORD | NUMBER ;
// An unquoted name with brackets, 培训合格率（%）, is read whole so that the message can quote it.
// Written so that one token of lookahead decides (no prediction per name: names are a fifth of all tokens).
name
  : STRING
  | WORD ( LPAREN ( ~( RPAREN | LBRACE | RBRACE | COLON ) )* RPAREN WORD? )?
  ;
text : STRING | BLOCK_STRING | WORD ;
