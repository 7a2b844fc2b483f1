#pragma once

#include "mqtt/message.h"
#include "mqtt/packets.h"
#include "payload/payloadformat.h"
#include "profiles/payloadbinding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Signalbox {

// One subscription as the connection's page lists it.
struct WorkspaceSubscription
{
    SubscribeEntry entry; // filter, QoS, MQTT 5 options
    quint32 subscriptionIdentifier = 0; // 5.0; 0: none
    QString color; // "#rrggbb"; empty: the page picks one
    QString alias;
    bool active = true; // false: paused (unsubscribed, kept in the list)
    friend bool operator==(const WorkspaceSubscription &, const WorkspaceSubscription &) = default;
};

// One message of the publish history, as it was typed.
struct PublishHistoryEntry
{
    OutgoingMessage message;
    PayloadFormat format = PayloadFormat::Text;
    QString payloadText;
    friend bool operator==(const PublishHistoryEntry &, const PublishHistoryEntry &) = default;
};

// A message the user saved under a name, to publish again (the publish
// panel's library of saved messages).
struct SavedMessage
{
    QString name; // not empty; unique within a workspace
    PublishHistoryEntry message;
    friend bool operator==(const SavedMessage &, const SavedMessage &) = default;
};

// What one connection keeps between runs beside its profile: its
// subscriptions (with the colour, alias and paused state its page shows), its
// publish history, newest first, and its saved messages, in the user's order. ProfileStore saves it with the profile;
// the connection's session holds the live one (ConnectionSession::workspace()).
struct ConnectionWorkspace
{
    static constexpr qsizetype MaxHistory = 50;

    QList<WorkspaceSubscription> subscriptions;
    QList<PublishHistoryEntry> publishHistory;
    QList<SavedMessage> savedMessages;
    // Decoders, schemas and scripts bound to topic filters, in the order they are tried.
    QList<PayloadBinding> payloadBindings;

    bool isEmpty() const
    {
        return subscriptions.isEmpty() && publishHistory.isEmpty() && savedMessages.isEmpty()
               && payloadBindings.isEmpty();
    }
    QJsonObject toJson() const;
    // Reads what toJson() writes. An entry that cannot be read is left out and
    // named in *error (when given), so one bad entry loses only itself (a saved
    // message without a name, or with the name of one before it, too); empty
    // (and *error set) only when `json` is not a workspace at all.
    static std::optional<ConnectionWorkspace> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const ConnectionWorkspace &, const ConnectionWorkspace &) = default;
};

} // namespace Signalbox
