class Solution:
    def countSequences(self, n: int) -> int:
        MOD = 1_000_000_007

        def mul(x, y):
            return [
                [sum(x[i][k] * y[k][j] for k in range(3)) % MOD for j in range(3)]
                for i in range(3)
            ]

        result = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        base = [[1, 1, 1], [1, 0, 0], [0, 1, 0]]
        e = n
        while e:
            if e & 1:
                result = mul(result, base)
            base = mul(base, base)
            e >>= 1
        # state vector (f(0), f(-1), f(-2)) = (1, 0, 0): f(n) is result[0][0]
        return result[0][0]
