package org.psirtmaturity.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.psirtmaturity.report.RenderOptions;
import org.psirtmaturity.scoring.TargetBand;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of option values that need more than a type. A refused value is a
 * {@link TypeConversionException}; {@link PsirtCli.UsageHandler} words the message (what was given,
 * what was expected) in the run's language, so the exception's own text is never shown.
 */
final class Converters {

    private Converters() {
    }

    /** {@code --width}: a whole number of columns, {@value RenderOptions#MIN_WIDTH} to {@value RenderOptions#MAX_WIDTH}. */
    static final class Width implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!value.matches("[0-9]{1,4}")) {
                throw new TypeConversionException("not a width: " + value);
            }
            int width = Integer.parseInt(value);
            if (width < RenderOptions.MIN_WIDTH || width > RenderOptions.MAX_WIDTH) {
                throw new TypeConversionException("width out of range: " + value);
            }
            return width;
        }
    }

    /** {@code --target}: {@code MIN-MAX}, two plain decimals with a point, {@code 0 <= MIN <= MAX <= 5}. */
    static final class Target implements ITypeConverter<TargetBand> {
        private static final Pattern BAND = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*-\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");

        @Override
        public TargetBand convert(String value) {
            var m = BAND.matcher(value);
            if (!m.matches()) {
                throw new TypeConversionException("not a band: " + value);
            }
            try {
                return new TargetBand(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("band out of range: " + value);
            }
        }
    }
}
