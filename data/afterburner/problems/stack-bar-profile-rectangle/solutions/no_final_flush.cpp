class Solution {
public:
    long long largestRectangle(vector<int>& heights) {
        int n = heights.size();
        vector<int> st;
        long long best = 0;
        for (int i = 0; i < n; ++i) {
            while (!st.empty() && heights[st.back()] >= heights[i]) {
                long long h = heights[st.back()];
                st.pop_back();
                int width = st.empty() ? i : i - st.back() - 1;
                best = max(best, h * width);
            }
            st.push_back(i);
        }
        // bars still on the stack are never measured
        return best;
    }
};
