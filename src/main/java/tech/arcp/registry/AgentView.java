package tech.arcp.registry;

/** An agent as read now: its record and whether it is alive at this moment. */
public record AgentView(AgentRecord record, boolean alive) {

    public String status() {
        return alive ? "alive" : "dead";
    }
}
