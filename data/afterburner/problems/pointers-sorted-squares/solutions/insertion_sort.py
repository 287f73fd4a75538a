class Solution:
    def sortedSquares(self, nums: List[int]) -> List[int]:
        squares = [x * x for x in nums]
        for i in range(1, len(squares)):
            key = squares[i]
            j = i - 1
            while j >= 0 and squares[j] > key:
                squares[j + 1] = squares[j]
                j -= 1
            squares[j + 1] = key
        return squares
