package com.siglume.sdrp.spring.test;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.util.ClassUtils;

/**
 * The starter's auto-configurations exactly as its imports file registers them.
 */
public final class StarterAutoConfigurations {

    private StarterAutoConfigurations() {
    }

    /**
     * Returns the classes listed in the starter's
     * {@code AutoConfiguration.imports} file.
     *
     * @return the classes, in file order
     */
    public static List<Class<?>> classes() {
        ClassLoader loader = StarterAutoConfigurations.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (String name : ImportCandidates.load(AutoConfiguration.class, loader)) {
            if (name.startsWith("com.siglume.sdrp.spring.")) {
                classes.add(ClassUtils.resolveClassName(name, loader));
            }
        }
        return classes;
    }

    /**
     * Returns the starter's auto-configurations for a context runner.
     *
     * @param others further auto-configurations (Spring Boot's) to include
     * @return the configurations
     */
    public static AutoConfigurations of(Class<?>... others) {
        List<Class<?>> all = new ArrayList<>(classes());
        all.addAll(List.of(others));
        return AutoConfigurations.of(all.toArray(Class<?>[]::new));
    }
}
