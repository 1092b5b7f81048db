package wb.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import wb.session.ClassPathEntry;

/** Reads one {@code --class-path} entry: a jar that opens, or a folder of classes. */
final class ClassPathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new TypeConversionException("'" + value + "' does not exist; --class-path takes jars and class"
                    + " folders, separated by '" + File.pathSeparator + "'");
        }
        try {
            ClassPathEntry.check(path);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return path.toAbsolutePath();
    }
}
