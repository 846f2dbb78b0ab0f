using CsCheck;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>Rows added in any order, from any thread, give the repeats reading the roster in order gives.</summary>
public sealed class SharedDuplicateIdsTests
{
    [Fact]
    public void AnyOrderOnAnyThread_FindsWhatTheReaderInOrderFinds()
    {
        // Row i has key keys[i]; few distinct keys, so most rosters repeat some several times. -1 is "no ID".
        Gen.Int[-1, 12].Array[1, 60].Select(keys => keys.Select(k => (long)k).ToArray()).Sample(keys =>
        {
            var inOrder = new DuplicateIds();
            var expected = new Dictionary<int, string>();
            for (var row = 1; row <= keys.Length; row++)
                if (inOrder.Repeated(row, keys[row - 1]) is { } e) expected[row] = e.ToString();

            var shared = new SharedDuplicateIds();
            var order = Enumerable.Range(1, keys.Length).OrderBy(_ => Random.Shared.Next()).ToArray();
            Parallel.ForEach(order, row => shared.Add(row, keys[row - 1]));
            Assert.Equal(expected.OrderBy(x => x.Key), shared.Repeats().Select(x => KeyValuePair.Create(x.Key, x.Value.ToString())).OrderBy(x => x.Key));
        }, iter: 2_000);
    }
}
