import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    static DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));

    static long nextLong() throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = false;
        if (c == '-') {
            neg = true;
            c = in.read();
        }
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int k = (int) nextLong();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        for (int t = 0; t < k; t++) {
            int n = (int) nextLong();
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) nums[i] = (int) nextLong();
            int[] res = new Solution().runningMedians(nums);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < res.length; i++) {
                if (i > 0) line.append(' ');
                line.append(res[i]);
            }
            out.println(line);
        }
        out.flush();
    }
}
