/*
 * The .perf lexer. Chinese IME punctuation lexes to the same tokens as its ASCII twin
 * (：= :, ，= ,, ％ = %, ≥ = >= = ＞＝ …). Keywords are not lexer rules: every bare word lexes as WORD
 * and KeywordTokenSource re-types the words that are keywords. That keeps this grammar small and
 * lets the same word be a keyword in Chinese and in English.
 *
 * No actions and no semantic predicates.
 */
lexer grammar PerfBaseLexer;

channels { COMMENTS }

// Re-typed from WORD by KeywordTokenSource; see Keyword.java for the spellings.
tokens {
  K_DEPARTMENT, K_PROJECT, K_UNIT, K_YEAR, K_MONEY_UNIT, K_OVERALL_GOAL, K_SUB_GOALS, K_MEASURES,
  K_BUDGET, K_PURPOSE, K_PLAN, K_GOALS, K_INDICATORS, K_BASIS, K_FRAMEWORK, K_POINTS, K_DESCRIPTION,
  K_SELF_EVALUATION, K_MONITORING, K_AS_OF, K_INITIAL_BUDGET, K_ANNUAL_BUDGET, K_ADJUSTED_BUDGET,
  K_SPENT, K_SCORE, K_REASON, K_PROJECTED, K_POSSIBILITY, K_TOTAL,
  // 以上 / 以下 after a number (30 场以上, 5 个工作日以内): split off by KeywordTokenSource.
  K_ABOVE, K_BELOW
}

BLOCK_STRING : '"""' .*? '"""' ;
UNTERMINATED_BLOCK_STRING : '"""' ( ~'"' | '"' ~'"' | '""' ~'"' )* EOF ;

// \u0004 and \u0005 are ASCII twins of “ and ” (see FOLDING below).
STRING
  : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"'
  | ( '“' | '\u0004' ) ~[”\u0005\r\n]* ( '”' | '\u0005' )
  ;
UNTERMINATED_STRING
  : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )*
  | ( '“' | '\u0004' ) ~[”\u0005\r\n]*
  ;

DATE      : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT? '-' DIGIT DIGIT? ;
// The CJK letters of these two rules are written as sets with an ASCII control-character twin each
// (年 \u000E, 月 \u000F, 日 \u0010, 号 \u0011, 前 \u0012, 之 \u0013, 以 \u0014, 底 \u0015, 末 \u0016;
// see FOLDING below), so that words such as 年度 and 年初预算数 lex through the DFA cache too.
CN_DATE   : DIGIT DIGIT DIGIT DIGIT [年\u000E] DIGIT DIGIT? [月\u000F] DIGIT DIGIT? [日\u0010号\u0011]
            ( [前\u0012] | [之\u0013] [前\u0012] | [以\u0014] [前\u0012] )? ;
MONTH_END : DIGIT DIGIT? ' '? [月\u000F] ' '? [底\u0015末\u0016] ;
MONTH_DAY : DIGIT DIGIT '-' DIGIT DIGIT ;
NUMBER    : DIGIT+ ( '.' DIGIT+ )? ;
FULLWIDTH_NUMBER : [０-９]+ ( [.．] [０-９]+ )? ;

// Written as character sets so that each IME form shares its transitions with its ASCII twin
// (see FOLDING below): ＞ reads as >, ＝ as =, ≥ ≧ as \u0002, ≤ ≦ as \u0003.
GE : [>＞] [=＝] | [≥≧\u0002] ;
LE : [<＜] [=＝] | [≤≦\u0003] ;
GT : [>＞] ;
LT : [<＜] ;
EQ : [=＝﹦] ;
// Operators a clerk types by mistake: reversed (=>) or with the IME's book-title marks (》=).
MISTYPED_OPERATOR : [=＝] [>＞<＜] | [》《] [=＝]? ;

TILDE    : '~' | '～' | '〜' ;
MINUS    : '-' | '－' | '—' ;
PERCENT  : '%' | '％' ;
PERMILLE : '‰' ;
COLON    : ':' | '：' ;
COMMA    : ',' | '，' | '、' ;
SEMI     : ';' | '；' ;
LBRACE   : '{' | '｛' ;
RBRACE   : '}' | '｝' ;
LBRACK   : '[' | '［' | '【' ;
RBRACK   : ']' | '］' | '】' ;
LPAREN   : '(' | '（' ;
RPAREN   : ')' | '）' ;

// A bare word. Digits may follow ASCII letters (XM2020, km2) but not Chinese characters, so that
// 不低于95% lexes as 不低于 95 %. Segments may be joined by '/' for units such as 次/年.
WORD : WORD_SEGMENT ( '/' WORD_SEGMENT )* ;

COMMENT : '#' ~[\r\n]* -> channel(COMMENTS) ;
WS      : [ \t\r\n\u3000\u00A0\uFEFF]+ -> skip ;

// FOLDING. FoldingCharStream shows the lexer an ASCII character in place of every non-ASCII one it
// cannot tell apart (CJK letters become the placeholder \u0001, ： becomes :, ％ becomes %), because
// ANTLR caches DFA edges only below 128. The control characters \u0002–\u0005 and \u000E–\u0016
// above exist only to give ≥ ≤ “ ” and the date characters such twins; they never occur in real text.

// Anything else becomes one token that the parser rejects with a precise message.
ERROR_CHAR : . ;

fragment DIGIT      : [0-9] ;
fragment WORD_SEGMENT
  : ( ASCII_RUN | [\p{L}\u0001\u000E-\u0016] ) ( ASCII_RUN | [\p{L}\p{Mn}\p{Mc}\p{No}·\u0001\u000E-\u0016] )* ;
fragment ASCII_RUN    : [A-Za-z_] [A-Za-z0-9_]* ;
