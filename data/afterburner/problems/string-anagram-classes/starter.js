class Solution {
    /**
     * @param {string[]} words
     * @return {number[]}
     */
    anagramClasses(words) {
        
    }
}
