import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        in.nextToken();
        int k = (int) in.nval;
        Solution solution = new Solution();
        for (int c = 0; c < k; c++) {
            in.nextToken();
            int n = (int) in.nval;
            out.println(solution.countPrimes(n));
        }
        out.flush();
    }
}
