package com.siglume.sdrp.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the starter's main code is {@code @NullMarked}, as Spring Framework 7 and
 * Spring Boot 4 are: a type without {@code @Nullable} promises a value.
 */
class NullMarkedPackagesTest {

    @Test
    void everyMainPackageIsNullMarked() throws IOException {
        Path sourceRoot = Path.of("src/main/java");
        List<String> packages;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            packages = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(file -> sourceRoot.relativize(file.getParent()).toString().replace('/', '.'))
                    .distinct().sorted().toList();
        }
        assertThat(packages).contains("com.siglume.sdrp.spring.webhook", "com.siglume.sdrp.spring.listener");
        assertThat(packages).allSatisfy(name -> assertThat(nullMarked(name)).as(name + " is @NullMarked").isTrue());
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return false;
        }
    }
}
