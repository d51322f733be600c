namespace Sannong.Domain.Utility;

/// <summary>
/// A Fenwick (binary indexed) tree over non-negative weights: a weight update and a draw proportional to the weights
/// both take O(log n). The running sums drift by rounding as weights change, so the tree is rebuilt from the exact
/// weights every <see cref="RebuildEvery"/> updates (O(n) each time), which bounds the drift.
/// </summary>
internal sealed class FenwickTree
{
    internal const int RebuildEvery = 1 << 16;

    private readonly double[] _weights;
    private readonly double[] _tree;
    private readonly int _topStep;
    private int _updates;

    internal FenwickTree(double[] weights)
    {
        _weights = weights;
        _tree = new double[weights.Length + 1];
        int step = 1;
        while (step * 2 <= weights.Length)
        {
            step *= 2;
        }
        _topStep = step;
        Rebuild();
    }

    internal double Total { get; private set; }

    /// <summary>How many weights are positive (exact, unlike <see cref="Total"/>, which may keep a rounding residue).</summary>
    internal int PositiveCount { get; private set; }

    internal double this[int index] => _weights[index];

    internal void Set(int index, double weight)
    {
        double delta = weight - _weights[index];
        PositiveCount += (weight > 0.0 ? 1 : 0) - (_weights[index] > 0.0 ? 1 : 0);
        _weights[index] = weight;
        if (++_updates >= RebuildEvery)
        {
            Rebuild();
            return;
        }
        for (int i = index + 1; i < _tree.Length; i += i & -i)
        {
            _tree[i] += delta;
        }
        Total += delta;
    }

    /// <summary>The index whose cumulative range holds <paramref name="target"/> in [0, Total).</summary>
    internal int Find(double target)
    {
        int position = 0;
        for (int step = _topStep; step > 0; step >>= 1)
        {
            int next = position + step;
            if (next < _tree.Length && _tree[next] <= target)
            {
                position = next;
                target -= _tree[next];
            }
        }
        return Math.Min(position, _weights.Length - 1);
    }

    private void Rebuild()
    {
        _updates = 0;
        Array.Clear(_tree);
        double total = 0.0;
        int positive = 0;
        for (int i = 1; i < _tree.Length; i++)
        {
            _tree[i] += _weights[i - 1];
            total += _weights[i - 1];
            positive += _weights[i - 1] > 0.0 ? 1 : 0;
            int parent = i + (i & -i);
            if (parent < _tree.Length)
            {
                _tree[parent] += _tree[i];
            }
        }
        Total = total;
        PositiveCount = positive;
    }
}
