package com.siglume.sdrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the core's main code is {@code @NullMarked}, so a type without
 * {@code @Nullable} promises a value; callers and their null checkers can rely on that.
 */
class NullMarkedPackagesTest {

    @Test
    void everyMainPackageIsNullMarked() throws IOException {
        List<String> packages = mainPackages(Path.of("src/main/java"));
        assertThat(packages).contains("com.siglume.sdrp", "com.siglume.sdrp.client", "com.siglume.sdrp.webhook");
        assertThat(packages).allSatisfy(name -> assertThat(nullMarked(name)).as(name + " is @NullMarked").isTrue());
    }

    /** The packages that hold at least one class, read from the source tree. */
    static List<String> mainPackages(Path sourceRoot) throws IOException {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(file -> sourceRoot.relativize(file.getParent()).toString().replace('/', '.'))
                    .distinct().sorted().toList();
        }
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return false;
        }
    }
}
