import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
        in.nextToken();
        int k = (int) in.nval;
        Solution solution = new Solution();
        for (int c = 0; c < k; c++) {
            in.nextToken();
            int n = (int) in.nval;
            int[] res = solution.oneBitCounts(n);
            StringBuilder sb = new StringBuilder(res.length * 3);
            for (int i = 0; i < res.length; i++) {
                if (i > 0) sb.append(' ');
                sb.append(res[i]);
            }
            out.println(sb);
        }
        out.flush();
    }
}
