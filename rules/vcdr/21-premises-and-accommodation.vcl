# VCDR Article 21: acquisition of premises; accommodation for the members.

rule vcdr.21.1 "Facilitate the acquisition of premises for the mission, or assist in obtaining accommodation"
  cites VCDR 21(1)
  text "The receiving State shall either facilitate the acquisition on its territory, in accordance with its laws, by the sending State of premises necessary for its mission or assist the latter in obtaining accommodation in some other way."
  duty on receiving_state
  owed to sending_state
  for each request_for_premises as r
  applies when r.purpose = mission_premises
  violated when r.acquisition_facilitated = false and r.accommodation_assisted = false
  note "An alternative duty: either facilitating the acquisition (in accordance with the receiving State's laws, so a refusal of a particular site under its planning laws is not in itself a breach) or assisting otherwise (e.g. leasing) meets it."
end

rule vcdr.21.2 "Assist the mission, where necessary, in obtaining suitable accommodation for its members"
  cites VCDR 21(2)
  text "It shall also, where necessary, assist missions in obtaining suitable accommodation for their members."
  duty on receiving_state
  owed to sending_state
  for each request_for_premises as r
  applies when r.purpose = members_accommodation and r.assistance_necessary = true
  violated when r.accommodation_assisted = false
end
