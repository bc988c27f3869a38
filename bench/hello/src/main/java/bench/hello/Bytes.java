package bench.hello;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Baseline of the read benchmark: Payara Micro's bare servlet answering with bytes it holds in memory, the files of
 * the directory named by HELLO_STATIC (read once), e.g. /bytes/agenda.json. What Podium's prepared reads are
 * measured against: the same bytes, the same server, nothing else.
 */
@WebServlet("/bytes/*")
public class Bytes extends HttpServlet {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String directory = System.getenv("HELLO_STATIC");
        if (directory == null || name.isEmpty() || name.contains("/") || name.startsWith(".")) {
            response.sendError(404);
            return;
        }
        byte[] body = files.computeIfAbsent(name, n -> {
            try {
                return Files.readAllBytes(Path.of(directory, n));
            } catch (IOException e) {
                return null;
            }
        });
        if (body == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(name.endsWith(".json") ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
