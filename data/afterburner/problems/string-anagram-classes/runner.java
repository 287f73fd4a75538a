import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    private static DataInputStream in;
    private static byte[] buf = new byte[1 << 16];
    private static int len = 0, ptr = 0;

    private static int readByte() throws IOException {
        if (ptr == len) {
            len = in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    private static String readToken() throws IOException {
        int c = readByte();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = readByte();
        StringBuilder sb = new StringBuilder();
        while (c != -1 && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            sb.append((char) c);
            c = readByte();
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        int cases = Integer.parseInt(readToken());
        Solution solution = new Solution();
        for (int c = 0; c < cases; c++) {
            int n = Integer.parseInt(readToken());
            String[] words = new String[n];
            for (int i = 0; i < n; i++) words[i] = readToken();
            int[] res = solution.anagramClasses(words);
            out.println(res[0] + " " + res[1]);
        }
        out.flush();
    }
}
