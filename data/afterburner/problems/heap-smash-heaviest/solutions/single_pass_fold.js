class Solution {
    lastRemaining(weights) {
        // folds the sorted weights from the top, carrying one running difference
        const a = Int32Array.from(weights).sort();
        let carry = a[a.length - 1];
        for (let i = a.length - 2; i >= 0; i--) carry = Math.abs(carry - a[i]);
        return carry;
    }
}
