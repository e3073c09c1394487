// ActorNetwork: who acts on whom, from a list of events (GET /v1/network).
//
// Each actor (source or target of an event) is a node: an entity by its id,
// a group without an entity ("warga Surabaya") by its name, any case. An
// edge joins a source to a target for one PLOVER type and counts the events
// between them. Events without both actors, with the same actor on both
// sides, or negated ("did not attack") form no edge. Only the `max_nodes`
// actors in most events are kept (ties by name), with the edges between
// them.
//
// A plain function of its input; thread-safe.
#ifndef WARTA_SERVER_ACTOR_NETWORK_H_
#define WARTA_SERVER_ACTOR_NETWORK_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "warta/store.h"

namespace warta::server {

struct NetworkNode {
  std::string name;
  int64_t entity_id = 0;  // 0 for a group
  std::string code;       // CAMEO actor code, when known
  std::string country;    // ISO alpha-3, when known
  uint64_t events = 0;    // edges' events it takes part in, as source or target
};

struct NetworkEdge {
  size_t source = 0, target = 0;  // indices into ActorNetwork::nodes
  std::string type;               // PLOVER
  uint64_t events = 0;
};

struct ActorNetwork {
  std::vector<NetworkNode> nodes;  // most events first
  std::vector<NetworkEdge> edges;  // most events first
  uint64_t events = 0;             // events that formed an edge (before trimming)
  size_t actors = 0;               // actors before trimming to max_nodes
};

ActorNetwork BuildActorNetwork(std::span<const EventRecord> events, size_t max_nodes);

}  // namespace warta::server

#endif  // WARTA_SERVER_ACTOR_NETWORK_H_
