package com.siglume.sdrp.spring.aot;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.checkout.SiglumeCheckoutSchemaInitializer;
import com.siglume.sdrp.spring.webhook.SiglumeEventStoreSchemaInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * What a native image of an application with the starter needs beyond its beans: the event
 * table scripts, read as class path resources, and the records of the Siglume clients, which
 * Jackson binds by reflection (answers read, request bodies written). Listener methods are
 * covered by {@link org.springframework.aot.hint.annotation.Reflective @Reflective} on
 * {@code @SiglumePaymentListener}.
 */
public class SiglumeRuntimeHints implements RuntimeHintsRegistrar {

    /** The scripts of the event and checkout attempt tables, as their schema initializers find them. */
    static final List<String> SCHEMA_SCRIPTS = Stream.of(SiglumeEventStoreSchemaInitializer.SCHEMA_LOCATION,
                    SiglumeCheckoutSchemaInitializer.SCHEMA_LOCATION)
            .map(location -> location.substring(ResourceLoader.CLASSPATH_URL_PREFIX.length())
                    .replace("@@platform@@", "*"))
            .toList();

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        SCHEMA_SCRIPTS.forEach(hints.resources()::registerPattern);
        new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
                clientRecords(classLoader).toArray(Class<?>[]::new));
    }

    /**
     * Returns every record of the clients' package: the shapes Jackson reads and writes.
     *
     * @param classLoader the application's class loader
     * @return the record types
     */
    static List<Class<?>> clientRecords(ClassLoader classLoader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
        scanner.addIncludeFilter((reader, factory) -> Record.class.getName().equals(
                reader.getClassMetadata().getSuperClassName()));
        List<Class<?>> records = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(SiglumeMerchantClient.class.getPackageName())) {
            records.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
        }
        return records;
    }
}
