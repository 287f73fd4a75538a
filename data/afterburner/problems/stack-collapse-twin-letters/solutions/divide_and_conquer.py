class Solution:
    def collapsePairs(self, s: str) -> str:
        def reduce(lo: int, hi: int) -> list:
            if hi - lo <= 32:
                st = []
                for ch in s[lo:hi]:
                    if st and st[-1] == ch:
                        st.pop()
                    else:
                        st.append(ch)
                return st
            mid = (lo + hi) // 2
            left = reduce(lo, mid)
            right = reduce(mid, hi)
            k = 0
            while left and k < len(right) and left[-1] == right[k]:
                left.pop()
                k += 1
            left.extend(right[k:])
            return left

        return "".join(reduce(0, len(s)))
