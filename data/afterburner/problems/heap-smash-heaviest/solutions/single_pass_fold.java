class Solution {
    public int lastRemaining(int[] weights) {
        // folds the sorted weights from the top, carrying one running difference
        int[] a = weights.clone();
        Arrays.sort(a);
        int carry = a[a.length - 1];
        for (int i = a.length - 2; i >= 0; i--) carry = Math.abs(carry - a[i]);
        return carry;
    }
}
