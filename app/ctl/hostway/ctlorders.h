#pragma once

#include "app/ctl/hostway/ctlhostwaycommand.h"
#include "core/providers/hostway/orderbook.h"

#include <QElapsedTimer>

/// mailroomctl's Hostway Exchange orders (seed 002; BEYOND-SEEDS.md for paid products):
/// `order exchange-mailbox --name N --display-name TEXT (--password-stdin | --generate-password)
/// [FIELD=VALUE...] [--wait]` places one (a paid product's quote is printed, sent only by
/// `order submit --order ID --yes`); `order show --order ID [--wait]` reads its status;
/// `order list` lists the orders placed from this computer for the account (OrderBook). With
/// --wait, the status is read again with growing pauses (1 s doubling up to 30 s) until
/// "Completed" (exit 0); a status Hostway does not document, or none within --wait-limit
/// seconds (900 by default), needs attention (exit 1).
class CtlOrders final : public CtlHostwayCommand
{
    Q_OBJECT

public:
    explicit CtlOrders(CtlOptions options, QObject *parent = nullptr);

private:
    void run() override;
    [[nodiscard]] bool needsPassword() const override;
    void place();
    void list();
    void submit(const BookedOrder &order);
    /// Reads the order's status, records it in the book, then reports or (with --wait) reads again.
    void poll(BookedOrder order, int pauseSeconds);
    /// The book's order `--order`, or none after printing why.
    [[nodiscard]] std::optional<BookedOrder> bookedOrder();
    /// Prints the order's line (or JSON) and finishes with its exit code.
    void report(const BookedOrder &order);

    OrderBook m_book;
    QElapsedTimer m_waited;
};
