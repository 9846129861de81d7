package org.clausediff.spark;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Scores with four decimals, rounded half up from the shortest decimal form of the double, as the
 * one-machine JSON prints them.
 */
final class Rounding {
  private static final UserDefinedFunction ROUNDED =
      org.apache
          .spark
          .sql
          .functions
          .udf((UDF1<Double, Double>) Rounding::rounded, DataTypes.DoubleType)
          .asNonNullable();

  private Rounding() {}

  static double rounded(Double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  /** {@code value} rounded to four decimals. */
  static Column rounded(Column value) {
    return ROUNDED.apply(value.cast(DataTypes.DoubleType));
  }

  /** {@code min(1, part / whole)} (0 when {@code whole} is 0), rounded. */
  static Column share(Column part, Column whole) {
    Column share =
        when(whole.equalTo(0), lit(0.0))
            .otherwise(
                org.apache.spark.sql.functions.least(
                    lit(1.0), part.cast(DataTypes.DoubleType).divide(whole)));
    return rounded(share);
  }
}
