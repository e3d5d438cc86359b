package com.siglume.sdrp.cli;

import com.siglume.sdrp.SdrpValidationException;
import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment the commands read: the process environment, with a {@code .env} file filling
 * in what it does not set (as the reference command line does).
 */
final class CliEnvironment {

    private CliEnvironment() {
    }

    /**
     * Merges the process environment with a {@code .env} file.
     *
     * @param context the process environment and working directory
     * @param envFile an explicit file, or {@code null} for {@code .env} in the working directory
     *        when there is one
     * @return the merged variables; a process variable wins over the file
     * @throws SdrpValidationException when an explicit file does not exist or cannot be read
     */
    static Map<String, String> load(CliContext context, Path envFile) {
        Path file = envFile != null ? context.workingDirectory().resolve(envFile)
                : context.workingDirectory().resolve(".env");
        Map<String, String> merged = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            Path directory = file.toAbsolutePath().getParent();
            try {
                Dotenv dotenv = Dotenv.configure()
                        .directory(directory.toString())
                        .filename(file.getFileName().toString())
                        .load();
                for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                    merged.put(entry.getKey(), entry.getValue());
                }
            } catch (DotenvException e) {
                // The parser's message quotes the line, which may hold a secret.
                throw new SdrpValidationException("env_file", "cannot read " + file + ": every line must be NAME=value");
            }
        } else if (envFile != null) {
            throw new SdrpValidationException("env_file", "--env-file " + envFile + " does not exist");
        }
        context.environment().forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                merged.put(name, value);
            }
        });
        return merged;
    }
}
