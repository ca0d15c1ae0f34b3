import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that every jar given carries the repository's LICENSE and NOTICE, byte for byte, as
 * META-INF/LICENSE and META-INF/NOTICE. Run as a source file: {@code java .ci/LegalFilesCheck.java ROOT JAR...}.
 * Prints one line per jar; exits with status 1 if any jar lacks either file or has another text.
 */
public class LegalFilesCheck {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        byte[] license = Files.readAllBytes(root.resolve("LICENSE"));
        byte[] notice = Files.readAllBytes(root.resolve("NOTICE"));
        List<String> failures = new ArrayList<>();
        for (String jar : Arrays.copyOfRange(args, 1, args.length)) {
            try (ZipFile zip = new ZipFile(jar)) {
                String problem = compare(zip, "META-INF/LICENSE", license) + compare(zip, "META-INF/NOTICE", notice);
                System.out.println((problem.isEmpty() ? "ok       " : "MISSING  ") + jar + problem);
                if (!problem.isEmpty()) {
                    failures.add(jar + problem);
                }
            }
        }
        if (args.length < 2 || !failures.isEmpty()) {
            System.out.println(args.length < 2 ? "no jars given" : failures.size() + " jar(s) without the repository's LICENSE and NOTICE");
            System.exit(1);
        }
    }

    private static String compare(ZipFile zip, String name, byte[] expected) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return " (no " + name + ")";
        }
        return Arrays.equals(zip.getInputStream(entry).readAllBytes(), expected) ? "" : " (" + name + " differs from the repository's)";
    }
}
