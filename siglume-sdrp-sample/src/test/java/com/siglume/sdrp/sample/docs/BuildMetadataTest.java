package com.siglume.sdrp.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps the build what the README and the releasing guide say it is: the BOM manages every
 * published module at the build's version, every published POM has what Maven Central
 * requires, and CI runs the README's test command through the wrapper.
 */
class BuildMetadataTest {

    private final Path root = DocsSnippetsTest.projectRoot();

    @Test
    void bomManagesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Document parent = read(root.resolve("pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        List<String> published = new ArrayList<>();
        for (String module : texts(child(parent.getDocumentElement(), "modules", true), "module")) {
            Document pom = read(root.resolve(module).resolve("pom.xml"));
            boolean application = Files.readString(root.resolve(module).resolve("pom.xml"))
                    .contains("<maven.deploy.skip>true</maven.deploy.skip>");
            String packaging = child(pom.getDocumentElement(), "packaging");
            if (!application && !"pom".equals(packaging)) {
                published.add(child(pom.getDocumentElement(), "artifactId"));
            }
        }
        Document bom = read(root.resolve("siglume-sdrp-bom/pom.xml"));
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(bom.getElementsByTagName("parent").getLength()).as("the BOM has no parent").isZero();
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "groupId")).isEqualTo("com.siglume");
            assertThat(child(dependency, "version")).isEqualTo(version);
            managed.add(child(dependency, "artifactId"));
        }
        assertThat(published).isNotEmpty();
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void publishedPomsCarryWhatMavenCentralRequires() throws Exception {
        for (Path pom : List.of(root.resolve("pom.xml"), root.resolve("siglume-sdrp-bom/pom.xml"))) {
            Element project = read(pom).getDocumentElement();
            assertThat(child(project, "name")).as(pom + " name").isNotBlank();
            assertThat(child(project, "description")).as(pom + " description").isNotBlank();
            assertThat(child(project, "url")).as(pom + " url").startsWith("https://");
            assertThat(project.getElementsByTagName("license").getLength()).as(pom + " licence").isPositive();
            assertThat(project.getElementsByTagName("developer").getLength()).as(pom + " developers").isPositive();
            assertThat(child(child(project, "scm", true), "connection")).as(pom + " scm").startsWith("scm:git:");
        }
        assertThat(root.resolve("LICENSE")).content().contains("Apache License").contains("Version 2.0");
    }

    @Test
    void ciRunsTheReadmeTestCommandThroughTheWrapper() throws IOException {
        Matcher command = Pattern.compile("(?s)\\*\\*Run every test\\.\\*\\*.*?```bash\\n([^\\n]+)\\n```")
                .matcher(Files.readString(root.resolve("README.md")));
        assertThat(command.find()).as("the README names its test command").isTrue();
        assertThat(command.group(1)).startsWith("./mvnw ");
        List<String> ciLines = Files.readAllLines(root.resolve(".ci/run"));
        assertThat(ciLines.get(ciLines.size() - 1)).isEqualTo(command.group(1));
        assertThat(root.resolve("mvnw")).isExecutable();
        assertThat(root.resolve(".mvn/wrapper/maven-wrapper.properties")).content()
                .contains("distributionUrl=").contains("distributionSha256Sum=");
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element element, String name) {
        Element found = child(element, name, false);
        return found == null ? null : found.getTextContent().trim();
    }

    private static Element child(Element element, String name, boolean required) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        if (required) {
            throw new AssertionError("<" + element.getTagName() + "> has no <" + name + ">");
        }
        return null;
    }

    private static List<String> texts(Element element, String name) {
        List<String> values = new ArrayList<>();
        NodeList nodes = element.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
