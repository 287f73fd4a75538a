class Solution {
    public int sharedSubsequenceLength(String a, String b) {
        // Each match (i, j) visited with j descending per i: LCS = strictly increasing run of j.
        List<List<Integer>> where = new ArrayList<>();
        for (int c = 0; c < 26; c++) where.add(new ArrayList<>());
        for (int j = 0; j < b.length(); j++) where.get(b.charAt(j) - 'a').add(j);
        int[] tails = new int[b.length() + 1];
        int size = 0;
        for (int i = 0; i < a.length(); i++) {
            List<Integer> list = where.get(a.charAt(i) - 'a');
            for (int t = list.size() - 1; t >= 0; t--) {
                int j = list.get(t);
                int lo = 0, hi = size;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (tails[mid] < j) lo = mid + 1;
                    else hi = mid;
                }
                tails[lo] = j;
                if (lo == size) size++;
            }
        }
        return size;
    }
}
