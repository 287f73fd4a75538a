import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    static DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));

    static String token() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        while (c != -1 && c <= ' ') c = in.read();
        while (c != -1 && c > ' ') {
            sb.append((char) c);
            c = in.read();
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        int k = Integer.parseInt(token());
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        for (int t = 0; t < k; t++) {
            String s = token();
            out.println(new Solution().longestPalindrome(s));
        }
        out.flush();
    }
}
