namespace Sannong.Domain.Programmes;

/// <summary>
/// What a <see cref="LedgerEntry"/> records: cash given or taken back, or traffic given or taken back.
/// The kind carries the direction, so the amount of every entry is strictly positive.
/// </summary>
/// <remarks>The numeric values are stable. <c>default(LedgerEntryKind)</c> (0) is not a defined kind.</remarks>
public enum LedgerEntryKind
{
    /// <summary>Cash paid out (拨款 bōkuǎn), in <see cref="Money"/>. JSON name <c>disbursement</c>.</summary>
    Disbursement = 1,

    /// <summary>Cash paid back to the programme (退款 tuìkuǎn), in <see cref="Money"/>. JSON name <c>refund</c>.</summary>
    Refund = 2,

    /// <summary>Traffic support given (流量扶持 liúliàng fúchí), in <see cref="Impressions"/>. JSON name <c>traffic-grant</c>.</summary>
    TrafficGrant = 3,

    /// <summary>Traffic support taken back (for example impressions that were not delivered), in
    /// <see cref="Impressions"/>. JSON name <c>traffic-reversal</c>.</summary>
    TrafficReversal = 4,
}
