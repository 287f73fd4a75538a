#include <bits/stdc++.h>
using namespace std;

==Code Submission==

static int readToken(string& s) {
    s.clear();
    int c = getchar();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = getchar();
    while (c != EOF && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        s.push_back((char)c);
        c = getchar();
    }
    return (int)s.size();
}

int main() {
    string token;
    readToken(token);
    int cases = stoi(token);
    Solution solution;
    for (int c = 0; c < cases; c++) {
        readToken(token);
        int n = stoi(token);
        vector<string> words(n);
        for (int i = 0; i < n; i++) readToken(words[i]);
        vector<int> res = solution.anagramClasses(words);
        printf("%d %d\n", res[0], res[1]);
    }
    return 0;
}
