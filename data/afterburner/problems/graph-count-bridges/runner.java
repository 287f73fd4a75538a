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

    private static int readInt() throws IOException {
        int c = readByte();
        while (c != '-' && (c < '0' || c > '9')) c = readByte();
        boolean neg = false;
        if (c == '-') { neg = true; c = readByte(); }
        int v = 0;
        while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = readByte(); }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        int k = readInt();
        Solution solution = new Solution();
        for (int c = 0; c < k; c++) {
            int n = readInt();
            int m = readInt();
            int[][] edges = new int[m][2];
            for (int i = 0; i < m; i++) {
                edges[i][0] = readInt();
                edges[i][1] = readInt();
            }
            out.println(solution.countBridges(n, edges));
        }
        out.flush();
    }
}
