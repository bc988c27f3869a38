package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** German first, English complete: every text key exists in both languages and views hold no literal text. */
class UiTextTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    /** Words that are the same in both languages: units and algorithm names. */
    private static final Set<String> NEUTRAL = Set.of("min", "KB)", "B,", "SHA-256");
    private static final Pattern EL = Pattern.compile("#\\{(?:[^{}]|\\{[^{}]*})*}");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "\\b(title|alt|placeholder|itemLabel|aria-label|label)=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("[^\\s·:()–,|/]*\\p{L}{2,}\\S*");

    @Test
    void everyKeyExistsInGermanAndEnglish() throws IOException {
        for (String bundle : List.of("i18n/messages", "i18n/faces", "ValidationMessages")) {
            Set<String> german = keys(bundle + "_de.properties");
            Set<String> english = keys(bundle + "_en.properties");
            Set<String> onlyGerman = new TreeSet<>(german);
            onlyGerman.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(german);
            assertEquals(Set.of(), onlyGerman, bundle + ": keys without English text");
            assertEquals(Set.of(), onlyEnglish, bundle + ": keys without German text");
        }
    }

    @Test
    void viewsHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path view : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                String markup = EL.matcher(Files.readString(view).replaceAll("(?s)<!--.*?-->", "")).replaceAll("");
                Matcher attribute = VISIBLE_ATTRIBUTE.matcher(markup);
                while (attribute.find()) {
                    if (WORD.matcher(attribute.group(2)).find()) {
                        literals.add(VIEWS.relativize(view) + ": " + attribute.group(0));
                    }
                }
                Matcher word = WORD.matcher(markup.replaceAll("<[^>]*>", " "));
                while (word.find()) {
                    if (!NEUTRAL.contains(word.group())) {
                        literals.add(VIEWS.relativize(view) + ": " + word.group());
                    }
                }
            }
        }
        assertTrue(literals.isEmpty(), "text outside #{msg[...]} in views:\n" + String.join("\n", literals));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
