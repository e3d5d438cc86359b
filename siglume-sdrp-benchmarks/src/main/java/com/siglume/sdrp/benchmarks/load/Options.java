package com.siglume.sdrp.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code --name value} command-line options of the benchmark tools. */
public final class Options {

    private Options() {
    }

    /**
     * Reads {@code --name value} pairs.
     *
     * @param args the arguments
     * @return the options by name, without the dashes
     * @throws IllegalArgumentException when an argument is not a {@code --name value} pair
     */
    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /**
     * Returns a required option.
     *
     * @param options the parsed options
     * @param name the option name
     * @return its value
     * @throws IllegalArgumentException when it is missing
     */
    public static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
