class Solution {
    typedef array<array<long long, 3>, 3> Mat;
    static const long long MOD = 1000000007LL;

    static Mat mul(const Mat& x, const Mat& y) {
        Mat r{};
        for (int i = 0; i < 3; i++)
            for (int k = 0; k < 3; k++)
                for (int j = 0; j < 3; j++)
                    r[i][j] = (r[i][j] + x[i][k] * y[k][j]) % MOD;
        return r;
    }

public:
    long long countSequences(int n) {
        Mat result{};
        for (int i = 0; i < 3; i++) result[i][i] = 1;
        Mat base{};
        base[0] = {1, 1, 1};
        base[1] = {1, 0, 0};
        base[2] = {0, 1, 0};
        for (long long e = n; e > 0; e >>= 1) {
            if (e & 1) result = mul(result, base);
            base = mul(base, base);
        }
        return result[0][0];
    }
};
