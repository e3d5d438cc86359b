package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.requirements.TransactionRequest;
import com.siglume.sdrp.client.transport.SiglumeHttpRequest;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the core's public API: requests have no public constructor but a builder, no
 * public constructor takes more than eight parameters, and no Jackson type appears in a public
 * or protected signature outside the internal packages.
 */
class PublicApiShapeTest {

    @Test
    void requestTypesHaveNoPublicConstructorAndABuilder() throws Exception {
        // The API's inputs. Not among them: the transport's own message (SiglumeHttpRequest) and the
        // prepared transaction an answer carries, which is sent back as it came (TransactionRequest).
        List<Class<?>> requests = coreClasses().filter(type -> type.getPackageName().startsWith(
                "com.siglume.sdrp.client") && Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null
                && !type.getSimpleName().startsWith("SiglumeHttp") && type != TransactionRequest.class
                && (type.getSimpleName().endsWith("Request") || type.getSimpleName().endsWith("Query"))).toList();

        assertThat(requests).extracting(Class::getSimpleName).contains("CheckoutSessionRequest",
                "ScheduledAutoPayAuthorizationRequest", "MeteredQuery", "WebhookDeliveryQuery");
        for (Class<?> type : requests) {
            assertThat(type.getConstructors()).as(type.getName()).isEmpty();
            assertThat(type.isRecord()).as(type.getName()).isFalse();
            assertThat(Stream.of(type.getMethods()).filter(method -> method.getName().equals("builder")
                    && Modifier.isStatic(method.getModifiers()))).as(type.getName()).isNotEmpty();
        }
    }

    @Test
    void noPublicConstructorTakesMoreThanEightParameters() throws Exception {
        List<String> wide = coreClasses().filter(type -> Modifier.isPublic(type.getModifiers()))
                .flatMap(type -> Stream.of(type.getConstructors()))
                .filter(constructor -> constructor.getParameterCount() > 8).map(Constructor::toString).toList();

        assertThat(wide).isEmpty();
    }

    /** Every class of the core's main output, nested ones included. */
    static Stream<Class<?>> coreClasses() throws IOException, URISyntaxException {
        Path root = Path.of(SiglumeMerchantClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(file -> file.toString().endsWith(".class")).toList();
        }
        return files.stream().map(file -> root.relativize(file).toString().replace('/', '.').replace('\\', '.'))
                .map(name -> name.substring(0, name.length() - ".class".length()))
                .filter(name -> !name.equals("module-info")).map(PublicApiShapeTest::load);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noJacksonTypeInAPublicSignature() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : coreClasses().filter(PublicApiShapeTest::isApi).toList()) {
            List<Member> members = new ArrayList<>();
            members.addAll(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredFields()));
            for (Member member : members) {
                if (isVisible(member.getModifiers()) && !member.isSynthetic() && signature(member).contains("tools.jackson")) {
                    leaks.add(type.getName() + ": " + signature(member));
                }
            }
            if (type.getGenericSuperclass() != null && type.getGenericSuperclass().getTypeName().contains("tools.jackson")) {
                leaks.add(type.getName() + " extends " + type.getGenericSuperclass().getTypeName());
            }
        }

        assertThat(leaks).isEmpty();
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> outer = type; outer != null; outer = outer.getEnclosingClass()) {
            if (!isVisible(outer.getModifiers())) {
                return false;
            }
        }
        return !type.getPackageName().endsWith(".internal");
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String signature(Member member) {
        if (member instanceof Field field) {
            return field.getGenericType().getTypeName() + " " + field.getName();
        }
        Executable executable = (Executable) member;
        StringBuilder text = new StringBuilder(executable instanceof Method method
                ? method.getGenericReturnType().getTypeName() + " " : "");
        text.append(executable.getName()).append('(');
        for (var parameter : executable.getGenericParameterTypes()) {
            text.append(parameter.getTypeName()).append(',');
        }
        for (var thrown : executable.getGenericExceptionTypes()) {
            text.append(" throws ").append(thrown.getTypeName());
        }
        return text.append(')').toString();
    }
}
