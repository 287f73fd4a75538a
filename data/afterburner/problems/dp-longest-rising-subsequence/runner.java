import java.io.*;
import java.util.*;

==Code Submission==

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        in.nextToken();
        int k = (int) in.nval;
        Solution solution = new Solution();
        for (int c = 0; c < k; c++) {
            in.nextToken();
            int n = (int) in.nval;
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                in.nextToken();
                nums[i] = (int) in.nval;
            }
            out.println(solution.longestRising(nums));
        }
        out.flush();
    }
}
