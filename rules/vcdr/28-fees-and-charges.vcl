# VCDR Article 28: fees and charges of the mission exempt from dues and taxes.

rule vcdr.28 "Fees and charges levied by the mission in the course of its official duties exempt from dues and taxes"
  cites VCDR 28
  text "The fees and charges levied by the mission in the course of its official duties shall be exempt from all dues and taxes."
  duty on receiving_state
  owed to sending_state
  for each taxation as t
  applies when t.by = receiving_state and t.on_official_fees = true
  violated when true
  note "E.g. visa or passport fees collected by the mission. The text has no exception (not even for payment for specific services)."
end
