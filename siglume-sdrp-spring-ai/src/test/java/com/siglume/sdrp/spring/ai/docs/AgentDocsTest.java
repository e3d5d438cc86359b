package com.siglume.sdrp.spring.ai.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.ai.autoconfigure.SiglumeAgentProperties;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Keeps the settings of docs/agents.md true to the code: every {@code siglume.agent.*} key of its
 * {@code ```ini} blocks binds to {@link SiglumeAgentProperties}, every other {@code siglume.*} key
 * to {@link SiglumeProperties}. (Its Java blocks are checked, like every guide's, against the
 * compiled {@link AgentDocsExamples}.)
 */
class AgentDocsTest {

    private static List<String> iniBlocks() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../docs/agents.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines) {
            if (block == null && line.strip().equals("```ini")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static void bind(String prefix, Class<?> type, String key, String value) {
        new Binder(new MapConfigurationPropertySource(Map.of(key, value))).bind(prefix, Bindable.of(type),
                new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
    }

    @Test
    void everySettingInTheGuideBinds() throws IOException {
        List<String> blocks = iniBlocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        int agentKeys = 0;
        for (String block : blocks) {
            Properties properties = new Properties();
            properties.load(new StringReader(block));
            for (String key : properties.stringPropertyNames()) {
                // A ${placeholder} stands for a secret; bind a sample value of the same kind.
                String value = properties.getProperty(key).startsWith("${") ? "a-secret-from-the-environment"
                        : properties.getProperty(key);
                if (key.startsWith("siglume.agent.")) {
                    bind("siglume.agent", SiglumeAgentProperties.class, key, value);
                    agentKeys++;
                } else if (key.startsWith("siglume.")) {
                    bind("siglume", SiglumeProperties.class, key, value);
                }
            }
        }
        assertThat(agentKeys).isGreaterThan(5);
    }

    @Test
    void aMisspeltSettingFailsTheCheck() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bind("siglume.agent", SiglumeAgentProperties.class,
                "siglume.agent.policy.alowed-merchants", "acme-shop")).isInstanceOf(RuntimeException.class);
    }
}
