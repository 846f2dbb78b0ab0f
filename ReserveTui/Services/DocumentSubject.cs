namespace ReserveTui.Services;

/// <summary>What a document is drawn from, and so which option it needs: --scheme, --campaign, the pool's filters, or --reserve.</summary>
internal enum DocumentSubject
{
    Scheme,
    Campaign,
    Pool,
    Reserve,
}
