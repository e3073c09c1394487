#include "server/actor_network.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "text/ascii.h"

namespace warta::server {
namespace {

// An actor's identity: its entity, or its lowercased name for a group.
using ActorKey = std::pair<int64_t, std::string>;

ActorKey KeyOf(int64_t entity_id, const std::string& name) {
  if (entity_id > 0) return {entity_id, ""};
  return {0, text::AsciiLower(name)};
}

}  // namespace

ActorNetwork BuildActorNetwork(std::span<const EventRecord> events, size_t max_nodes) {
  ActorNetwork out;
  std::map<ActorKey, size_t> index;  // -> position in `nodes`
  std::vector<NetworkNode> nodes;
  auto node = [&](int64_t id, const std::string& name, const std::string& code,
                  const std::string& country) {
    auto [it, added] = index.try_emplace(KeyOf(id, name), nodes.size());
    if (added) nodes.push_back({name, id, code, country, 0});
    NetworkNode& n = nodes[it->second];
    if (n.code.empty()) n.code = code;
    if (n.country.empty()) n.country = country;
    ++n.events;
    return it->second;
  };
  std::map<std::tuple<size_t, size_t, std::string>, uint64_t> edges;
  for (const EventRecord& e : events) {
    if (e.negated || e.source.empty() || e.target.empty()) continue;
    if (KeyOf(e.source_id, e.source) == KeyOf(e.target_id, e.target)) continue;
    const size_t s = node(e.source_id, e.source, e.source_code, e.source_country);
    const size_t t = node(e.target_id, e.target, e.target_code, e.target_country);
    ++edges[{s, t, e.type}];
    ++out.events;
  }
  out.actors = nodes.size();

  // The busiest actors, renumbered.
  std::vector<size_t> order(nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (nodes[a].events != nodes[b].events) return nodes[a].events > nodes[b].events;
    return nodes[a].name < nodes[b].name;
  });
  if (order.size() > max_nodes) order.resize(max_nodes);
  constexpr size_t kDropped = static_cast<size_t>(-1);
  std::vector<size_t> renumbered(nodes.size(), kDropped);
  for (size_t i = 0; i < order.size(); ++i) {
    renumbered[order[i]] = i;
    out.nodes.push_back(std::move(nodes[order[i]]));
  }
  for (const auto& [key, count] : edges) {
    const auto& [s, t, type] = key;
    if (renumbered[s] == kDropped || renumbered[t] == kDropped) continue;
    out.edges.push_back({renumbered[s], renumbered[t], type, count});
  }
  std::stable_sort(out.edges.begin(), out.edges.end(),
                   [](const NetworkEdge& a, const NetworkEdge& b) { return a.events > b.events; });
  return out;
}

}  // namespace warta::server
