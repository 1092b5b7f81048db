package wb.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import wb.session.SessionSettings;

/** Reads a {@code --seed}: numpy's range, an integer in [0, 2³² − 1]. */
final class SeedConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        long seed;
        try {
            seed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number; a seed is an integer in [0, "
                    + SessionSettings.MAX_SEED + "]");
        }
        if (seed < 0 || seed > SessionSettings.MAX_SEED) {
            throw new TypeConversionException(seed + " is out of range; a seed is an integer in [0, "
                    + SessionSettings.MAX_SEED + "]");
        }
        return seed;
    }
}
