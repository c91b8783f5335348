package dev.perf.model.quantity;

/**
 * A family of units whose members convert into each other. Units of {@link #OTHER} compare only
 * with the very same unit word; a bare number has the family {@link #NONE}.
 */
public enum UnitFamily {
  /** 元, 千元, 万元, 亿元: base unit 元. */
  MONEY,
  /** %, ‰: base unit 1 (a fraction). */
  RATIO,
  /** 米, 千米, 公里: base unit 米. */
  LENGTH,
  /** 克, 千克, 公斤, 吨: base unit 千克. */
  MASS,
  /** A number without a unit. */
  NONE,
  /** Any other unit word (场, 人次, 个工作日, 平方米 …): comparable only with itself. */
  OTHER
}
