class Solution {
    public int[] windowMaxima(int[] nums, int k) {
        int n = nums.length;
        int[] dq = new int[n];
        int head = 0, tail = 0;
        int[] out = new int[n - k + 1];
        for (int i = 0; i < n; i++) {
            while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
            dq[tail++] = i;
            if (dq[head] < i - k) head++;
            if (i >= k - 1) out[i - k + 1] = nums[dq[head]];
        }
        return out;
    }
}
