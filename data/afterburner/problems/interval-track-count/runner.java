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
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < k; t++) {
            int n = (int) nextLong();
            int[][] intervals = new int[n][2];
            for (int i = 0; i < n; i++) {
                intervals[i][0] = (int) nextLong();
                intervals[i][1] = (int) nextLong();
            }
            out.append(new Solution().minTracks(intervals)).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }
}
