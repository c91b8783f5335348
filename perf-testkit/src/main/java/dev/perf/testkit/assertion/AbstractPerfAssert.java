package dev.perf.testkit.assertion;

import org.assertj.core.api.AbstractAssert;

/**
 * The base of the perf assertions: fails with a message taken literally, so that table rows with
 * {@code %} in them print as written.
 *
 * @param <SELF> the assertion type, for chaining
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractPerfAssert<SELF extends AbstractPerfAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  /** An assertion about {@code actual}. */
  protected AbstractPerfAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Fails with {@code message} as it is (no format directives), after any {@code as(…)} description. */
  protected final void failWith(String message) {
    failWithMessage("%s", message);
  }

  /** {@code this}, typed. */
  protected final SELF self() {
    return myself;
  }
}
