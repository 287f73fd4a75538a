import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    static DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));

    static int nextInt() throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = false;
        if (c == '-') {
            neg = true;
            c = in.read();
        }
        int v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int k = nextInt();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        for (int t = 0; t < k; t++) {
            int n = nextInt();
            int m = nextInt();
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) nums[i] = nextInt();
            out.println(new Solution().lightestCut(nums, m));
        }
        out.flush();
    }
}
