# VCDR Article 20: use of the flag and emblem of the sending State.

define means_of_transport_of_head_of_mission(x) "Means of transport of the head of the mission"
  cites VCDR 20
  text "and on his means of transport"
  means x.kind = means_of_transport and head_of_mission(x.holder)
end

rule vcdr.20 "Right to use the flag and emblem on the premises, the residence of the head and his means of transport"
  cites VCDR 20
  text "The mission and its head shall have the right to use the flag and emblem of the sending State on the premises of the mission, including the residence of the head of the mission, and on his means of transport."
  duty on receiving_state
  owed to sending_state
  for each flag_interference as f
  applies when f.subject.kind is known
           and (premises_of_mission(f.subject) or means_of_transport_of_head_of_mission(f.subject))
  violated when agent_of_receiving_state(f)
  note "Removal or desecration of the flag by private persons is not an interference by the receiving State; on the premises it engages the special duty of protection (art. 22(2)): state it as a disturbance or an attack."
  note "The right does not extend to the cars of other members of the mission or to their private residences."
end
