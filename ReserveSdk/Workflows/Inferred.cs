namespace ReserveSdk;

/// <summary>
/// 推定 — citations for the steps every procedure needs but the seed does not state, so each such step still
/// says where it stands (and the scheme document can mark it as inferred).
/// </summary>
/// <example><code>.CancellableFrom("draft", "nominating").Cite(Inferred.Cancel, "cancel")</code></example>
public static class Inferred
{
    /// <summary>Cancelling a campaign before nominees are decided.</summary>
    public const string Cancel = "推定：原文未规定（批次在人选确定前可由组织部门取消）";

    /// <summary>A nominee withdrawing of their own accord.</summary>
    public const string Withdraw = "推定：原文未规定（人选可自愿退出）";
}
